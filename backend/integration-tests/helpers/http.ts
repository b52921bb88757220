/** A request that must fail: its status and the message Medusa answered with ({ type, message }). */
export async function failure(request: Promise<unknown>) {
  const error = await request.then(
    () => {
      throw new Error("expected the request to fail")
    },
    (caught: { response: { status: number; data: { message: string } } }) => caught
  )
  return { status: error.response.status, message: error.response.data.message }
}
